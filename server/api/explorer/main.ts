import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/graphiql.css";
import "./explorer.css";

// Same-origin endpoint: the page is served by the API itself, so nothing leaves this host.
const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString() });

const defaultQuery = `# Claims that are both asserted and denied, most denied first.
# Mutations need the header {"Authorization": "Bearer <API_TOKEN>"} (Headers tab below).
query Contested {
  claims(filter: { contestedOnly: true }, first: 10, sort: DENIALS) {
    totalCount
    nodes { id text firstSeen outlets assertedCount deniedCount }
  }
}
`;

createRoot(document.getElementById("explorer")!).render(
  createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: false }),
);
