"""The story site: turn data/ and the story templates into Markdown pages under docs/."""
