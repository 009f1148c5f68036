"""Junk input for the bad-input tests: values, whole forms and query strings, sent as raw bytes.

Everything is percent-encoded by hand, so a test can send what no browser would: bytes that are
not UTF-8, lone surrogates, NUL bytes, fields missing or given twice, unknown fields.
Hypothesis runs derandomised (the same examples on every machine) and without a database of
past failures, so CI is reproducible.
"""

from urllib.parse import quote_from_bytes

from django.db import connection
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    # One client and one database per test: the examples share them on purpose.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

LONG_TEXT = b"x" * 100_000
JUNK = [
    b"",
    b" ",
    b"\x00",
    b"a\x00b",
    b"\xff\xfe\xfd",  # not UTF-8
    b"\xc0\xaf",  # overlong encoding
    "\ud800".encode("utf-8", "surrogatepass"),  # a lone surrogate
    "a\udfffb".encode("utf-8", "surrogatepass"),
    b"-1",
    b"0",
    b"-99999999999999999999999999",
    b"99999999999999999999999999",
    b"1e308",
    b"NaN",
    b"inf",
    b"1.5",
    b"0x10",
    b"on",
    b"[]",
    b"{}",
    b"null",
    b"<script>alert(1)</script>",
    b"' OR 1=1 --",
    b"%s%n%d",
    b"../../etc/passwd",
    b"//evil.example/",
    b"javascript:alert(1)",
    b'=HYPERLINK("http://evil.example/","x")',
    "\u202e\u200b\ufeff".encode(),
    "😀".encode(),
    LONG_TEXT,
    "Ө".encode() * 50_000,
]

# What an id in a path or a filter may be sent as: too big for any integer column, negative,
# not a number, NUL, a digit of another script.
JUNK_IDS = [
    b"9" * 40,
    b"-" + b"9" * 40,
    b"9223372036854775808",  # one more than SQLite's and PostgreSQL's biggest integer
    b"-1",
    b"0",
    b"abc",
    b"\x00",
    b"1\x00",
    b"1.5",
    b"",
    "١".encode(),
    b"1e308",
]


def every_junk_value(names):
    """Beside Hypothesis' examples, a sweep: for each junk value, every name set to it."""
    names = [name.encode() if isinstance(name, str) else name for name in names]
    return [[(name, value) for name in names] for value in JUNK]


junk_values = st.one_of(
    st.sampled_from(JUNK),
    st.binary(max_size=40),
    st.text(st.characters(exclude_categories=()), max_size=40).map(
        lambda text: text.encode("utf-8", "surrogatepass")
    ),
)


@st.composite
def junk_pairs(draw, valid, extra=("unknown", "csrfmiddlewaretoken", "__class__")):
    """Form fields as (name, value) bytes: some valid values left out, junk values added,
    some fields given twice, unknown fields, in any order."""
    pairs = [
        (name.encode(), value.encode()) for name, value in valid.items() if draw(st.booleans())
    ]
    names = st.sampled_from([*valid, *extra]).map(str.encode)
    pairs += draw(st.lists(st.tuples(names, junk_values), min_size=1, max_size=6))
    return draw(st.permutations(pairs))


def encode(pairs):
    return "&".join(f"{quote_from_bytes(name)}={quote_from_bytes(value)}" for name, value in pairs)


def refuse_nul_like_postgresql(execute, sql, params, many, context):
    """PostgreSQL refuses text holding a NUL character (a server error): so do the tests on
    SQLite, wherever junk would reach a query."""
    rows = params if many else [params]
    for row in rows or ():
        values = row.values() if isinstance(row, dict) else row or ()
        if any(isinstance(value, str) and "\x00" in value for value in values):
            raise ValueError("A string literal cannot contain NUL (0x00) characters.")
    return execute(sql, params, many, context)


def send(client, method, url, **kwargs):
    with connection.execute_wrapper(refuse_nul_like_postgresql):
        response = client.generic(method, url, **kwargs)
    assert_no_server_error(response)
    return response


def post(client, url, pairs, **extra):
    """POST the pairs as a form, exactly these bytes."""
    return send(
        client,
        "POST",
        url,
        data=encode(pairs).encode("ascii"),
        content_type="application/x-www-form-urlencoded",
        **extra,
    )


def get(client, url, pairs=(), **extra):
    return send(client, "GET", f"{url}?{encode(pairs)}" if pairs else url, **extra)


def assert_no_server_error(response):
    assert response.status_code < 500, response.status_code
