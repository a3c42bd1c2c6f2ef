package org.treatylens.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's own full-text search over the same searchable passages, for comparison: a
 * table of the benchmark's database with a stored {@code tsvector} (English
 * configuration), the passage's source and linked articles, and GIN indexes; queried top
 * 10 by {@code ts_rank_cd}, all the words ANDed ({@code plainto_tsquery}) or a phrase
 * ({@code phraseto_tsquery}), with the same source and article filters.
 */
final class PostgresFullText {

	private final Connection connection;

	PostgresFullText(Connection connection) {
		this.connection = connection;
	}

	/** (Re)creates the table from the passages and their links; returns its row count. */
	long create() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("set statement_timeout = 0");
			statement.execute("drop table if exists bench_fts");
			statement.execute("""
					create table bench_fts as
					select p.id, d.slug as source, coalesce(a.articles, '{}') as articles,
					       to_tsvector('english', p.text) as tsv
					from passage p join source_document d on d.id = p.document_id
					left join (select passage_id, array_agg(distinct article_number) as articles
					           from reviewed_article_link group by passage_id) a on a.passage_id = p.id
					where p.kind = 'PARAGRAPH'
					""");
			statement.execute("create index bench_fts_tsv on bench_fts using gin (tsv)");
			statement.execute("create index bench_fts_articles on bench_fts using gin (articles)");
			statement.execute("create index bench_fts_source on bench_fts (source)");
			statement.execute("vacuum analyze bench_fts");
			try (ResultSet rs = statement.executeQuery("select count(*) from bench_fts")) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	boolean exists() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet rs = statement.executeQuery("select to_regclass('bench_fts') is not null")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	/** Runs one query, top 10; returns how many rows came back. */
	int search(BenchQuery query) throws SQLException {
		StringBuilder sql = new StringBuilder("select id, ts_rank_cd(tsv, q) as rank from bench_fts, ")
			.append(query.isPhrase() ? "phraseto_tsquery" : "plainto_tsquery")
			.append("('english', ?) q where tsv @@ q");
		if (!query.sources().isEmpty()) {
			sql.append(" and source = any(?)");
		}
		if (!query.articles().isEmpty()) {
			sql.append(" and articles && ?");
		}
		sql.append(" order by rank desc, id limit 10");
		try (PreparedStatement statement = this.connection.prepareStatement(sql.toString())) {
			int i = 1;
			statement.setString(i++, query.words());
			if (!query.sources().isEmpty()) {
				Array sources = this.connection.createArrayOf("text", query.sources().toArray());
				statement.setArray(i++, sources);
			}
			if (!query.articles().isEmpty()) {
				Array articles = this.connection.createArrayOf("int4", query.articles().toArray());
				statement.setArray(i++, articles);
			}
			int rows = 0;
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows++;
				}
			}
			return rows;
		}
	}

}
