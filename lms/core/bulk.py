"""Inserting many rows: ``COPY`` on PostgreSQL, ``bulk_create`` elsewhere.

Django's ``bulk_create`` compiles every value of every row into one SQL statement, which costs
more than the database's own work once a country's personnel list is imported (500,000 rows in
four tables). On PostgreSQL the rows go through ``COPY`` instead, with the same values Django
would have written (each field's ``pre_save`` and ``get_db_prep_save``) and primary keys taken
from the table's own sequence beforehand, so the objects come back with their ids as they do
from ``bulk_create``. No signals are sent, as with ``bulk_create``. ``bulk_insert_rows`` takes
plain dicts instead of model instances, for the largest writes, where building the instances
costs more than inserting them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import connection, connections, models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone

BATCH_SIZE = 1000
# Fields whose Python value psycopg writes as is: no conversion and no pre_save work.
_PLAIN = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.ForeignKey,
    models.UUIDField,
)


def _plain(field: models.Field) -> bool:
    return isinstance(field, _PLAIN) and not isinstance(field, models.DateField)


def _prepared(field: models.Field) -> bool:
    """Whether values of ``field`` go through its ``get_db_prep_save``: psycopg writes plain values
    and aware datetimes as they are."""
    return not (_plain(field) or type(field) is models.DateTimeField)


def _writer(field: models.Field, database: BaseDatabaseWrapper) -> Callable[[models.Model], Any]:
    """How one column's value is taken from a model instance."""
    if _plain(field):
        attname = field.attname
        return lambda instance: getattr(instance, attname)
    if not _prepared(field):
        # Only auto_now(_add) needs pre_save.
        return lambda instance: field.pre_save(instance, True)
    return lambda instance: field.get_db_prep_save(field.pre_save(instance, True), database)


def _reserve_ids(cursor: Any, meta: Any, count: int) -> list[int]:
    """Primary keys for ``count`` new rows, taken from the table's own sequence."""
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
        [meta.db_table, meta.pk.column, count],
    )
    return [new_id for (new_id,) in cursor.fetchall()]


def _copy(cursor: Any, meta: Any, fields: list[models.Field], rows: Iterable[list[Any]]) -> None:
    """``COPY`` rows of (primary key, *fields) into the model's table."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in [meta.pk.column, *(field.column for field in fields)])
    with cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def bulk_insert(model: type[models.Model], objects: Sequence[models.Model]) -> Sequence[models.Model]:
    """Insert ``objects`` (new, without ids) and set their primary keys."""
    if not objects:
        return objects
    if connection.vendor != "postgresql":
        return model._default_manager.bulk_create(objects, batch_size=BATCH_SIZE)
    meta = model._meta
    fields = [field for field in meta.concrete_fields if field is not meta.pk]
    # The connection itself, not the thread-local proxy: one lookup instead of one per value.
    writers = [_writer(field, connections[connection.alias]) for field in fields]
    with connection.cursor() as cursor:
        for instance, new_id in zip(objects, _reserve_ids(cursor, meta, len(objects)), strict=True):
            setattr(instance, meta.pk.attname, new_id)
        _copy(cursor, meta, fields, ([instance.pk, *(write(instance) for write in writers)] for instance in objects))
    for instance in objects:
        instance._state.adding = False
        instance._state.db = connection.alias
    return objects


def _row_value(field: models.Field, now: Any, database: BaseDatabaseWrapper) -> Callable[[dict[str, Any]], Any]:
    """How one column's value is taken from a row given as a dict (the field's default if absent)."""
    name = field.attname
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        default = lambda: now  # noqa: E731
    elif field.has_default() and callable(field.default):
        default = field.default
    else:
        constant = field.get_default()
        default = lambda: constant  # noqa: E731

    def taken(row: dict[str, Any]) -> Any:
        return row[name] if name in row else default()

    if not _prepared(field):
        return taken
    return lambda row: field.get_db_prep_save(taken(row), database)


def bulk_insert_rows(model: type[models.Model], rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows given as {attname: value} (fields left out take their defaults) without building
    model instances; returns the new primary keys in order. ``COPY`` on PostgreSQL."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        created = model._default_manager.bulk_create([model(**row) for row in rows], batch_size=BATCH_SIZE)
        return [instance.pk for instance in created]
    meta = model._meta
    fields = [field for field in meta.concrete_fields if field is not meta.pk]
    values = [_row_value(field, timezone.now(), connections[connection.alias]) for field in fields]
    with connection.cursor() as cursor:
        ids = _reserve_ids(cursor, meta, len(rows))
        prepared = ([new_id, *(value(row) for value in values)] for new_id, row in zip(ids, rows, strict=True))
        _copy(cursor, meta, fields, prepared)
    return ids
