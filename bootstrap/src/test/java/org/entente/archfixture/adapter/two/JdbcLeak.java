package org.entente.archfixture.adapter.two;

/** Violates on purpose: a JDBC type outside the PostgreSQL adapter. */
public class JdbcLeak {
    public java.sql.Connection connection(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        return dataSource.getConnection();
    }
}
