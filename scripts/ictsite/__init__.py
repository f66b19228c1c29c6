"""Build code for the ICT services trade data story: data, pages, charts."""
