from collections import defaultdict

from django.db import migrations, models

STEPLEN = 4  # treebeard's default, used by people.Unit


def backfill(apps, schema_editor):
    """Give every existing snapshot its unit's subtree totals for that day (active units only)."""
    unit_model = apps.get_model("people", "Unit")
    snapshot_model = apps.get_model("certification", "UnitSnapshot")
    units = {pk: (path, active) for pk, path, active in unit_model.objects.values_list("pk", "path", "is_active")}
    days = snapshot_model.objects.values_list("program_id", "day").distinct().order_by("program_id", "day")
    for program_id, day in days:
        snapshots = list(snapshot_model.objects.filter(program_id=program_id, day=day))
        totals = defaultdict(lambda: [0, 0])
        for snapshot in snapshots:
            path, active = units[snapshot.unit_id]
            if not active:
                continue
            for end in range(STEPLEN, len(path) + 1, STEPLEN):
                totals[path[:end]][0] += snapshot.officials
                totals[path[:end]][1] += snapshot.certified
        for snapshot in snapshots:
            snapshot.tree_officials, snapshot.tree_certified = totals.get(units[snapshot.unit_id][0], (0, 0))
        snapshot_model.objects.bulk_update(snapshots, ["tree_officials", "tree_certified"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0006_derived_fields_removed"),
        ("people", "0002_officialimport"),
    ]

    operations = [
        migrations.AddField(
            model_name="unitsnapshot",
            name="tree_certified",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="unitsnapshot",
            name="tree_officials",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
