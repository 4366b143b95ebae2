/** Small documents and throw-away XSD directories for the core/xsd tests. */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A minimal genericode 1.0 code list that is valid against the official schema. */
export const VALID_CODELIST = `<?xml version="1.0" encoding="UTF-8"?>
<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
  <Identification>
    <ShortName>test</ShortName>
    <Version>1</Version>
    <CanonicalUri>urn:test</CanonicalUri>
    <CanonicalVersionUri>urn:test:1</CanonicalVersionUri>
  </Identification>
  <ColumnSet>
    <Column Id="code" Use="required">
      <ShortName>code</ShortName>
      <Data Type="string"/>
    </Column>
    <Key Id="codeKey">
      <ShortName>codeKey</ShortName>
      <ColumnRef Ref="code"/>
    </Key>
  </ColumnSet>
  <SimpleCodeList>
    <Row>
      <Value ColumnRef="code">
        <SimpleValue>A</SimpleValue>
      </Value>
    </Row>
  </SimpleCodeList>
</gc:CodeList>
`;

/** {@link VALID_CODELIST} with an unexpected element on line 6 and a forbidden attribute on line 21. */
export const INVALID_CODELIST = VALID_CODELIST.replace(
  '<Version>1</Version>',
  '<Version>1</Version>\n    <Bogus/>',
).replace('<Row>', '<Row Foo="x">');

/** A schema (namespace `urn:t`, root element `root` of type string) split over an include. */
export const TINY_SCHEMA = {
  main: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:include schemaLocation="INCLUDE"/>
</xs:schema>
`,
  part: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:element name="root" type="xs:string"/>
</xs:schema>
`,
};

/** Writes `files` (relative path -> content) below a fresh temporary directory and returns its path. */
export function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-xsd-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** Removes a directory made by {@link tempTree}. */
export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
