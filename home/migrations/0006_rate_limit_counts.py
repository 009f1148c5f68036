"""The table of the rate-limit counters (home/ratelimit_cache.py), made by `migrate` so that
`make run`, production and the tests have it without a separate createcachetable."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "club_rate_limits"


def create_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("home", "0005_reminders")]

    operations = [migrations.RunPython(create_table, drop_table, elidable=False)]
