"""The site's one search: every app's pages, found in the page's language (home/search/)."""
