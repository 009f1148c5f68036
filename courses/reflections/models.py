"""Models of the courses/reflections app."""
