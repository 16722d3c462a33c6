"""Command-line commands of each area: ``careorganiser.commands.<command>.run(args) -> int``.

The parser in ``careorganiser.cli`` is the one place commands are declared; their work lives here.
"""
