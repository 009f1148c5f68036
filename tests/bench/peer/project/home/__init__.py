# Vendored from wagtail-lms' example project (github.com/dr-rompecabezas/wagtail-lms,
# example_project/, commit dbaf020), MIT License, Copyright (c) 2025 Felipe Villegas
# (tests/bench/peer/LICENSE.wagtail-lms). Used only to measure the peer in `make bench`.
