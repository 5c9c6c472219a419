"""Which saves and deletes change which dataset (see catalogue.DATASETS' `sources`)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from core.batch import defer
from opendata.catalogue import DATASETS
from opendata.services import record_change


def _keys_by_model():
    keys = {}
    for dataset in DATASETS:
        for model in dataset.sources:
            keys.setdefault(model, set()).add(dataset.key)
    return keys


def _record_changes(keys):
    record_change(keys=keys)


def connect():
    keys_by_model = _keys_by_model()

    def changed(sender, **kwargs):
        if kwargs.get("raw"):
            return  # fixtures being loaded as they are
        if "action" in kwargs and not kwargs["action"].startswith("post_"):
            return
        keys = keys_by_model.get(sender)
        if keys is None and "action" in kwargs:
            # An m2m change is sent by the relation's through model: count it for the model that owns it.
            keys = keys_by_model.get(kwargs["instance"].__class__)
        if keys and not defer(_record_changes, *keys):
            record_change(keys=keys)

    for model in keys_by_model:
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"opendata.save.{model._meta.label}")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"opendata.delete.{model._meta.label}")
    m2m_changed.connect(changed, weak=False, dispatch_uid="opendata.m2m")
