"""The bundled program's entry point (PyInstaller runs a script, not a module): the `arledger` command."""

from arledger.__main__ import main

if __name__ == "__main__":
    main()
