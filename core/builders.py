"""Test data in bulk: many new objects saved with one INSERT, as their saves one by one would save them.

A save is more than its row: the model's `save()` fills translated slugs (and
whatever else it prepares), and the receivers of `pre_save` and `post_save`
derive the search index, the translation records and the open data's change
dates. `create_all` does the same for a list of new objects: it prepares each
as its `save()` does, sends each its `pre_save`, inserts them all at once, then
sends each its `post_save`; `add_all` adds many-to-many rows for many objects
at once, with the `m2m_changed` signals `add()` sends. Inside
`core.batch.batched()` the receivers only note their work, which is done once
at the end of the block, as for plain saves.

`one_by_one()` makes both save each object and add each relation on its own
(plain `save()` and `set()`): the tests of a builder compare what the two
ways make (portal/tests/test_builders.py).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import models, router
from django.db.models.signals import m2m_changed, post_save, pre_save

from core.i18n import TranslatedSlugMixin

_one_by_one = ContextVar("builders_one_by_one", default=False)

# The saves `create_all` knows how to prepare for: a model whose save() does more needs `prepare`.
_KNOWN_SAVES = {models.Model.save, TranslatedSlugMixin.save}


@contextmanager
def one_by_one():
    """Inside the block, `create_all` and `add_all` save and relate each object on its own."""
    token = _one_by_one.set(True)
    try:
        yield
    finally:
        _one_by_one.reset(token)


def create_all(objects, *, prepare=None, validate=False):
    """Save new `objects` (of one model, without primary keys) and return them, with their keys.

    `prepare(obj)` does what the model's own `save()` does before its row is written, beyond the translated
    slugs (filled here as `TranslatedSlugMixin` fills them, unique across the table and the other objects).
    `validate` runs `full_clean()` on each object first, on the one-by-one way only (it queries per object).
    """
    objects = list(objects)
    if not objects:
        return objects
    model = type(objects[0])
    if _one_by_one.get():
        for obj in objects:
            if validate:
                obj.full_clean()
            obj.save()
        return objects
    if model.save not in _KNOWN_SAVES and prepare is None:
        raise TypeError(f"{model.__name__}.save() prepares more than create_all knows: pass `prepare`")
    if any(type(obj) is not model or obj.pk is not None for obj in objects):
        raise ValueError("create_all saves new objects of one model")
    if issubclass(model, TranslatedSlugMixin):
        # The slugs taken, read once per language and held in memory: those in the table and those given to
        # the objects before.
        taken = {}
        for obj in objects:
            obj.fill_slugs(taken)
    using = router.db_for_write(model)
    for obj in objects:
        if prepare is not None:
            prepare(obj)
        pre_save.send(sender=model, instance=obj, raw=False, using=using, update_fields=None)
    model._base_manager.using(using).bulk_create(objects)
    for obj in objects:
        post_save.send(sender=model, instance=obj, created=True, update_fields=None, raw=False, using=using)
    return objects


def add_all(relation, related):
    """For each saved object and its list of targets in `related` (a dict), add the targets to the object's
    many-to-many `relation` (a descriptor: `Plot.allowed_sectors`, or the reverse `Phase.priority_sectors`), as
    `getattr(obj, name).set(targets)` does on an object related to nothing yet: the signals `add()` sends for
    each object, and one INSERT for all."""
    field = relation.field
    through = field.remote_field.through
    if not through._meta.auto_created:
        raise ValueError("add_all adds to a many-to-many relation through its own table")
    if _one_by_one.get():
        name = relation.rel.get_accessor_name() if relation.reverse else field.name
        for obj, targets in related.items():
            getattr(obj, name).set(targets)
        return
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    target_model = field.remote_field.model
    if relation.reverse:
        source, target, target_model = target, source, field.model
    source = through._meta.get_field(source).attname
    target = through._meta.get_field(target).attname
    using = router.db_for_write(through)
    pk_sets = {obj: {target.pk for target in targets} for obj, targets in related.items() if targets}

    def send(action):
        for obj, pk_set in pk_sets.items():
            m2m_changed.send(
                sender=through,
                action=action,
                instance=obj,
                reverse=relation.reverse,
                model=target_model,
                pk_set=pk_set,
                using=using,
            )

    send("pre_add")
    through._default_manager.using(using).bulk_create(
        [through(**{source: obj.pk, target: pk}) for obj, pk_set in pk_sets.items() for pk in pk_set]
    )
    send("post_add")


def update_all(objects, fields):
    """`obj.save(update_fields=fields)` for each of `objects` (saved objects of one model whose `save()` is
    Django's own), with one UPDATE for all of them and each object's `pre_save` and `post_save`."""
    objects = list(objects)
    if not objects:
        return objects
    model = type(objects[0])
    if _one_by_one.get():
        for obj in objects:
            obj.save(update_fields=fields)
        return objects
    if model.save is not models.Model.save:
        raise TypeError(f"{model.__name__}.save() prepares more than update_all knows")
    if any(type(obj) is not model or obj.pk is None for obj in objects):
        raise ValueError("update_all saves saved objects of one model")
    fields = frozenset(fields)
    using = router.db_for_write(model)
    for obj in objects:
        pre_save.send(sender=model, instance=obj, raw=False, using=using, update_fields=fields)
    model._base_manager.using(using).bulk_update(objects, sorted(fields))
    for obj in objects:
        post_save.send(sender=model, instance=obj, created=False, update_fields=fields, raw=False, using=using)
    return objects
