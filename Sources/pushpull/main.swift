import PushPullCLI

PushPull.runAsMain()
