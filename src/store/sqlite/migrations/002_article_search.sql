-- veille store, migration 2: full-text search over article title and text.
-- unicode61 with remove_diacritics 2 folds accents, so "coreens" finds "coréens"
-- and "Pekin" finds "Pékin". External content: the text lives once, in articles.
CREATE VIRTUAL TABLE article_search USING fts5(
  title,
  text,
  content = 'articles',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO article_search(rowid, title, text) SELECT id, coalesce(title, ''), text FROM articles;
