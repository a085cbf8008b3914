import PushPullCLI

PushPull.main()
