"""Work that each save asks for, done once for a whole block of saves.

Receivers keep derived data in step with content on every save: the search
index, the translation records, the open data's change dates. A loader that
saves hundreds of objects (the demo, an import, a test's data) runs inside
`batched()`: each receiver then notes what its save asked for (`defer`), and
the work is done once, for everything noted, when the block ends without an
error. An error leaves the derived data as the transaction's rollback leaves
the content.
"""

from contextlib import contextmanager
from contextvars import ContextVar

# {work: set of items} to hand to each work when the outermost `batched()` block ends; None outside one.
_pending = ContextVar("batched_work", default=None)


@contextmanager
def batched():
    """Defer the receivers' work to the end of the block (also a decorator). Blocks nest: the outermost one does
    the work."""
    if _pending.get() is not None:
        yield
        return
    pending = {}
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    for work, items in pending.items():
        work(items)


def defer(work, *items):
    """Inside `batched()`: note `items` for one call `work(set of items)` at the end of the block, and return True.
    Outside: return False, and the caller does its work now."""
    pending = _pending.get()
    if pending is None:
        return False
    pending.setdefault(work, set()).update(items)
    return True


def by_model(items, size=500):
    """(model, primary keys) for noted (model, pk) pairs: each model's keys in order, at most `size` at a time."""
    keys = {}
    for model, pk in items:
        keys.setdefault(model, set()).add(pk)
    for model, pks in keys.items():
        pks = sorted(pks)
        for start in range(0, len(pks), size):
            yield model, pks[start : start + size]
