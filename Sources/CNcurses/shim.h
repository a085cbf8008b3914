// The parts of ncurses that Swift cannot import: macros, shared globals and
// the FILE handles newterm needs. Every accessor is a tiny static inline
// function; no state lives here (a static variable would be copied per object file).
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <term.h>
#include <stdio.h>
#include <wchar.h>

// Not visible to Swift through Glibc without _XOPEN_SOURCE.
int wcwidth(wchar_t c);

// Globals that Swift 6 rejects as unsafe shared state.
static inline WINDOW *pp_stdscr(void) { return stdscr; }
static inline int pp_lines(void) { return LINES; }
static inline int pp_cols(void) { return COLS; }
static inline int pp_colors(void) { return COLORS; }
static inline int pp_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *pp_stdin(void) { return stdin; }
static inline FILE *pp_stdout(void) { return stdout; }

// Attribute and key macros.
static inline attr_t pp_attr_normal(void) { return A_NORMAL; }
static inline attr_t pp_attr_bold(void) { return A_BOLD; }
static inline attr_t pp_attr_dim(void) { return A_DIM; }
static inline attr_t pp_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t pp_attr_reverse(void) { return A_REVERSE; }
static inline int pp_key_f(int n) { return KEY_F(n); }
static inline int pp_cchar_max(void) { return CCHARW_MAX; }

// Loads the terminfo entry for `term` without starting curses (unlike initscr it
// never exits). Returns 1 when the entry exists, and sets *can_move_cursor from
// "cup". The entry is freed again so newterm starts from a clean state.
static inline int pp_terminfo_lookup(const char *term, int fd, int *can_move_cursor) {
    int status = 0;
    *can_move_cursor = 0;
    if (setupterm((char *)term, fd, &status) != OK || status != 1) return 0;
    char *cup = tigetstr("cup");
    *can_move_cursor = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return 1;
}

// For the fatal-signal handler: the real-time signal range (macros calling into glibc) and a
// backtrace written straight to a descriptor (no allocation once loaded).
#include <signal.h>
#include <execinfo.h>
static inline int pp_sigrtmin(void) { return SIGRTMIN; }
static inline int pp_sigrtmax(void) { return SIGRTMAX; }
