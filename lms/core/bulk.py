"""Inserting many rows: ``COPY`` on PostgreSQL, ``bulk_create`` elsewhere.

Django's ``bulk_create`` compiles every value of every row into one SQL statement, which costs
more than the database's own work once a country's personnel list is imported (500,000 rows in
four tables). On PostgreSQL the rows go through ``COPY`` instead, with the same values Django
would have written (each field's ``pre_save`` and ``get_db_prep_save``) and primary keys taken
from the table's own sequence beforehand, so the objects come back with their ids as they do
from ``bulk_create``. No signals are sent, as with ``bulk_create``.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection, models

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


def _writer(field: models.Field):
    if _plain(field):
        attname = field.attname
        return lambda instance: getattr(instance, attname)
    return lambda instance: field.get_db_prep_save(field.pre_save(instance, True), connection)


def bulk_insert(model: type[models.Model], objects: Sequence[models.Model]) -> Sequence[models.Model]:
    """Insert ``objects`` (new, without ids) and set their primary keys."""
    if not objects:
        return objects
    if connection.vendor != "postgresql":
        return model._default_manager.bulk_create(objects, batch_size=BATCH_SIZE)
    meta = model._meta
    pk = meta.pk
    fields = [field for field in meta.concrete_fields if field is not pk]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, pk.column, len(objects)],
        )
        for instance, (new_id,) in zip(objects, cursor.fetchall(), strict=True):
            setattr(instance, pk.attname, new_id)
        columns = ", ".join(connection.ops.quote_name(column) for column in [pk.column, *(f.column for f in fields)])
        statement = f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN"
        writers = [_writer(field) for field in fields]
        with cursor.cursor.copy(statement) as copy:
            for instance in objects:
                copy.write_row([getattr(instance, pk.attname), *(write(instance) for write in writers)])
    for instance in objects:
        instance._state.adding = False
        instance._state.db = connection.alias
    return objects
