"""Name the default site: allauth's emails speak of it."""

from django.db import migrations


def forward(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(pk=1, defaults={"domain": "127.0.0.1:8000", "name": "Học viện Lãnh đạo số"})


class Migration(migrations.Migration):
    dependencies = [("sites", "0002_alter_domain_unique")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
