"""Models of the courses/members app."""
