"""`python -m arledger` and the `arledger` command."""

import sys

from arledger.cli import main as _main


def main() -> None:
    sys.exit(_main())


if __name__ == "__main__":
    main()
