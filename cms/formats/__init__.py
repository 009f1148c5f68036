"""The Club's date formats per language (FORMAT_MODULE_PATH), over Django's own.

Every language defines `CLUB_DATE_FORMAT` and `CLUB_DATETIME_FORMAT`, used by the templates
for a day in words: Russian and English keep "17 декабря 2026" / "17 December 2026".

Kyrgyz writes the year first, in the genitive, and the day with a hyphen before the month in
its possessive form, all in lower case: «2026-жылдын 17-декабры». Django's own Kyrgyz
formats ("j E Y ж.") gave «17 Декабрь 2026 ж.»: the month names of Django's Kyrgyz catalogue
are capitalised nominatives. The Club's copy of that catalogue
(locale/vendor/django/conf/locale/ky) gives the months in lower case («декабрь», `F`) and
their possessive forms («декабры», `E`, the "alt. month" Django uses after a day number).
"""
