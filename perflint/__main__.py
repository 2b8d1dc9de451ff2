"""``python -m perflint``: the same command line as ``perflint``."""

from perflint.entry import main

if __name__ == "__main__":
    main()
