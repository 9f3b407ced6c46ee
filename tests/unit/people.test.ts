import { describe, expect, test } from 'vitest';
import type { Entry } from '../../src/lib/model.ts';
import { roleAt, roleText } from '../../src/lib/people.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();
const person = graph.get('people', 'nguoi') as Entry<'people'>;

describe('roleText', () => {
  test('returns the title in the language and the organisation’s name', () => {
    expect(roleText(graph, person.facts.roles[0]!, 'en')).toBe('Director, VNPT Đà Nẵng');
    expect(roleText(graph, person.facts.roles[1]!, 'vi')).toBe('Phó Tổng giám đốc, Tập đoàn VNPT');
  });
});

describe('roleAt', () => {
  test('returns the role the given source states', () => {
    expect(roleAt(graph, person, 'nguon-hai', 'en')).toBe('Deputy General Director, Tập đoàn VNPT');
    expect(roleAt(graph, person, 'nguon', 'en')).toBe('Director, VNPT Đà Nẵng');
  });
  test('returns the first role for a source that states none', () => {
    expect(roleAt(graph, person, 'other', 'vi')).toBe('Giám đốc, VNPT Đà Nẵng');
  });
  test('returns an empty string for a person without roles', () => {
    expect(roleAt(graph, { ...person, facts: { ...person.facts, roles: [] } }, 'nguon', 'en')).toBe('');
  });
});
