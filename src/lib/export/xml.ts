// A small XML writer for the schedule exports. The documents are plain trees of elements,
// attributes and text; a DOM library cost a third of a millisecond per session to build and
// print them on the thread that renders pages (BENCHMARKS.md).
import { plainText } from '../content/plain-text.ts';

/** An element: its name, its attributes (those left undefined are not written), then text or child elements. */
export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string | undefined>> | undefined;
  content?: string | readonly XmlElement[] | undefined;
}

/** Shorthand for an element. */
export function el(name: string, attributes?: XmlElement['attributes'], content?: XmlElement['content']): XmlElement {
  return { name, attributes, content };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text escaped for an element's content; every `&` included, so `&lt;` in a title stays those
 * four characters. Characters XML cannot carry (a form feed, a NUL) are left out.
 */
export function escapeText(text: string): string {
  return plainText(text).replace(/[&<>]/g, (character) => ESCAPES[character]!);
}

/** Text escaped for a double-quoted attribute value, without the characters XML cannot carry. */
export function escapeAttribute(value: string): string {
  return plainText(value).replace(/[&<>"]/g, (character) => ESCAPES[character]!);
}

function write(element: XmlElement, indent: string, lines: string[]): void {
  const attributes = Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const open = `${indent}<${element.name}${attributes}`;
  const { content } = element;
  if (content === undefined || content.length === 0) lines.push(`${open}/>`);
  else if (typeof content === 'string') lines.push(`${open}>${escapeText(content)}</${element.name}>`);
  else {
    lines.push(`${open}>`);
    for (const child of content) write(child, `${indent}  `, lines);
    lines.push(`${indent}</${element.name}>`);
  }
}

/** The document, with its declaration, one element per line, indented by two spaces. */
export function xmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', lines);
  return lines.join('\n');
}
