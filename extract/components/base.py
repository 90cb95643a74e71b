"""What every citekg component shares: a ``pipe`` that runs over whole batches.

Without a ``pipe`` method, ``nlp.pipe`` passes each Doc through all the
components before it takes the next, so every component's code and data leave
the CPU caches once per Doc. With one, each component runs over a batch of
Docs in turn, which made extraction about 12% faster here (3,000 abstracts:
749 against 658 microseconds a paper), with the same output.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import minibatch

__all__ = ["BatchComponent"]


class BatchComponent:
    """A component called on one Doc (``__call__``) that ``nlp.pipe`` runs a batch at a time."""

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """``self(doc)`` for each Doc of ``stream``, in order, ``batch_size`` Docs at a time."""
        for batch in minibatch(stream, size=batch_size):
            self.begin_batch()
            try:
                done = [self(doc) for doc in batch]
            finally:
                self.end_batch()
            yield from done

    def begin_batch(self) -> None:
        """Called before each batch: look up here what is the same for all its Docs."""

    def end_batch(self) -> None:
        """Called after each batch: forget what :meth:`begin_batch` looked up."""
