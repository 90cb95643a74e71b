"""``python -m citekg``: the same as the ``citekg`` command."""

from citekg.cli import main

main()
