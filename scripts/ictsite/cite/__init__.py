"""Citing and reusing the site: cite boxes, head metadata, share cards, redirects, CITATION.cff.

Pure functions of the release (data/datapackage.json + changelog.yml), the public address
(mkdocs.yml site_url / SITE_URL) and each page's title and description. `make pages` writes the
cite boxes, share-card images and redirect pages (scripts/ictsite/site/generate.py); the MkDocs
hook only adds the <head> metadata and the footer's release line (theme.py).
"""
