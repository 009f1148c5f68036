"""Course-progress reports (admin → Reports): per course, per member, per oblast, the
completion funnel and the knowledge-check questions, each within the reader's scope.

The figures they read (the summary recomputed in the background) are computed next to their
model in courses/reflections/report_figures.py; who may read them is the permission
"Can view learning progress reports" (courses/reflections/scope.py).
"""
