"""China stance: who argues for engagement with China, who for decoupling.

The package is layered: ``extract`` finds attributed statements, ``classify``
labels them, ``analyze`` composes both as a pure function over batches of
articles, ``store``/``queries`` own all SQL, ``cli`` and ``dashboard.py`` are
thin shells on top.
"""

__version__ = "0.1.0"
