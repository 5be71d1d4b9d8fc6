/**
 * The analysts' library as a Neo4j Browser guide: one slide per query with its question, a
 * runnable `:params` line holding the defaults (required ones left for the analyst to fill in),
 * the runnable query and what its columns mean. Whoever serves it (the local Neo4j's HTTP
 * side) makes it playable with `:play <url of the page>`.
 */

import { escapeHtml } from "../escape-html.js";
import { cypherLiteral } from "./param-values.js";
import type { AnalysisQuery, ParamType, QueryParam } from "./query-library.js";

export function browserGuideHtml(library: AnalysisQuery[], title = "Narrative graph: the analysts' questions"): string {
  const intro = slide(
    escapeHtml(title),
    `<p class="lead">${library.length} questions about how claims travel between outlets.</p>`,
    `<p>Each slide sets the query's parameters with <code>:params</code> (click it, then edit the
     values after <code>RETURN</code>; a required one is left empty), then runs the query. Claim ids come from the first
     question, <code>claims</code>. The same queries run from a terminal:
     <code>npm run cypher -- &lt;name&gt; --help</code>.</p>
     <ul>${library.map((q) => `<li><b>${escapeHtml(q.name)}</b>: ${escapeHtml(q.question)}</li>`).join("")}</ul>`,
  );
  // The full-text search comes first: it is how an analyst finds the claim ids the others take.
  const ordered = [...library].sort((a, b) => Number(b.name === "claims") - Number(a.name === "claims"));
  return `<article class="guide">
  <carousel class="deck container-fluid">
${[intro, ...ordered.map(querySlide)].join("\n")}
  </carousel>
</article>
`;
}

function querySlide(q: AnalysisQuery): string {
  const params = q.params.length
    ? `<pre class="pre-scrollable code runnable">${escapeHtml(paramsLine(q.params))}</pre>
       <table class="table">${q.params.map((p) => `<tr><td><code>$${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.type)}${p.required ? ", required" : ""}</td><td>${escapeHtml(p.description)}</td></tr>`).join("")}</table>`
    : "";
  return slide(
    escapeHtml(q.name),
    `<p class="lead">${escapeHtml(q.question)}</p>${q.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join("")}`,
    `${params}
       <pre class="pre-scrollable code runnable">${escapeHtml(queryBody(q.cypher))}</pre>
       <table class="table">${q.columns.map((c) => `<tr><td><code>${escapeHtml(c.name)}</code></td><td>${escapeHtml(c.description)}</td></tr>`).join("")}</table>`,
  );
}

function slide(title: string, left: string, right: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>${title}</h3>
        ${left}
      </div>
      <div class="col-sm-9">
        ${right}
      </div>
    </slide>`;
}

/**
 * `:params [{claim, limit}] => { RETURN '' AS claim, 25 AS limit }`: every parameter, at its
 * default or empty when required. The Browser reads the plain `:params {limit: 25}` form as JSON,
 * where 25 becomes a float that `LIMIT` refuses and `datetime(…)` does not parse; this form has
 * Neo4j evaluate each value, so its Cypher type is kept.
 */
export function paramsLine(params: QueryParam[]): string {
  const values = params.map(
    (p) => `${p.required ? placeholder(p.type) : cypherLiteral(p.type, p.default)} AS ${p.name}`,
  );
  return `:params [{${params.map((p) => p.name).join(", ")}}] => { RETURN ${values.join(", ")} }`;
}

function placeholder(type: ParamType): string {
  return type === "string" ? "''" : "null";
}

/** The query without its header comment (the slide shows the header as text). */
function queryBody(cypher: string): string {
  const lines = cypher.split(/\r?\n/);
  const start = lines.findIndex((l) => !l.startsWith("//"));
  return lines.slice(start).join("\n").trim();
}
