"""Where the rate limits count without Redis: a table every worker of the site shares.

Django's DatabaseCache increments by reading and writing the value again, which loses the
entry's expiry (the count of a one-hour window would vanish after the default timeout) and
lets two workers read the same count. Here an increment is one transaction on the row,
locked where the database can (PostgreSQL, MySQL; SQLite's IMMEDIATE transactions
serialise writers anyway), and the expiry stays as `add` set it.
"""

import base64
import pickle

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction

# The table, created by home/migrations/0006_rate_limit_counts.py; settings.CACHES names it.
TABLE = "club_rate_limits"


class CounterCache(DatabaseCache):
    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table, key_column, value_column = quote(self._table), quote("cache_key"), quote("value")
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {value_column} FROM {table} WHERE {key_column} = %s{lock}", [key]
            )
            row = cursor.fetchone()
            if row is None:
                raise ValueError(f"Key '{key}' not found.")
            stored = connection.ops.process_clob(row[0])
            value = pickle.loads(base64.b64decode(stored.encode())) + delta
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(
                f"UPDATE {table} SET {value_column} = %s WHERE {key_column} = %s", [encoded, key]
            )
        return value
