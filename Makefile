# Builds pushpull for release and installs it with its man page and shell completions:
#   make install PREFIX=/usr/local     (DESTDIR=/tmp/stage for packaging)
#   make uninstall PREFIX=/usr/local
PREFIX ?= /usr/local
SWIFT ?= swift

# The Swift runtime and Foundation are linked in, so the binary runs where Swift is not installed
# (Package.swift links them into pushpull in every build, for a faster start; the flag says it here
# too). A build folder of its own keeps the installed binary apart from `swift build -c release`'s.
RELEASE_FLAGS = -c release --static-swift-stdlib --scratch-path .build/install
BINARY = .build/install/release/pushpull
COMPLETIONS = .build/install/completions

BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all release check-static install uninstall

all: release

release:
	$(SWIFT) build $(RELEASE_FLAGS) --product pushpull

# Fails when the release binary already built needs a Swift library at run time: ldd must
# list none, and it must run with an empty environment (no LD_LIBRARY_PATH). It builds nothing,
# so CI can afford it whenever a release binary is there.
check-static:
	@test -x $(BINARY) || { echo "no $(BINARY): run make release first" >&2; exit 1; }
	@if ldd $(BINARY) | grep libswift; then echo "$(BINARY) needs the Swift libraries above" >&2; exit 1; fi
	@env -i $(BINARY) --version >/dev/null
	@echo "$(BINARY): no Swift library needed at run time"

# swift-argument-parser writes the completions from the commands themselves.
install: release
	@$(MAKE) --no-print-directory check-static
	mkdir -p $(COMPLETIONS)
	$(BINARY) --generate-completion-script bash > $(COMPLETIONS)/pushpull.bash
	$(BINARY) --generate-completion-script zsh > $(COMPLETIONS)/_pushpull
	$(BINARY) --generate-completion-script fish > $(COMPLETIONS)/pushpull.fish
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BINARY) $(BINDIR)/pushpull
	install -m 644 docs/pushpull.1 $(MANDIR)/pushpull.1
	install -m 644 $(COMPLETIONS)/pushpull.bash $(BASHDIR)/pushpull
	install -m 644 $(COMPLETIONS)/_pushpull $(ZSHDIR)/_pushpull
	install -m 644 $(COMPLETIONS)/pushpull.fish $(FISHDIR)/pushpull.fish

uninstall:
	rm -f $(BINDIR)/pushpull $(MANDIR)/pushpull.1 $(BASHDIR)/pushpull $(ZSHDIR)/_pushpull $(FISHDIR)/pushpull.fish
