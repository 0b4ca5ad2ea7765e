// Test helper (dev dependency): parses the site's XML outputs with a real XML
// parser, after checking they are well-formed. Not for use at run time.
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ALWAYS_LISTS = new Set(["item", "category", "url", "sitemap"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ALWAYS_LISTS.has(name),
});

export type XmlNode = Record<string, unknown>;

/** Parses XML, throwing when it is not well-formed or uses entities XML does not predefine. */
export function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Invalid XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^\s;]*;?/.exec(xml);
  if (entity) throw new Error(`Invalid XML: undefined entity ${entity[0]}`);
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error("Missing XML declaration");
  return parser.parse(xml) as XmlNode;
}

/** Text of an element that may carry attributes (then fast-xml-parser puts the text under "#text"). */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as XmlNode)["#text"]);
  throw new Error(`Not a text element: ${JSON.stringify(node)}`);
}
