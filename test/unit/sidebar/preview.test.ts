import { columnLabel, previewCell } from '../../../sidebar/preview';

describe('preview cells show values as they will land', () => {
  it('formats by the model column type', () => {
    expect(previewCell(0.0345, 'percent')).toEqual({ text: '3.45%', kind: 'number' });
    expect(previewCell(1204, 'count')).toEqual({ text: '1,204', kind: 'number' });
    expect(previewCell(1200.5, 'currency')).toEqual({ text: '1,200.50', kind: 'number' });
    expect(previewCell('2025-07-20', 'date')).toEqual({ text: '2025-07-20', kind: 'date' });
    expect(previewCell('2025-07-20T18:42:00Z', 'datetime')).toEqual({
      text: '2025-07-20 18:42',
      kind: 'date',
    });
  });

  it('keeps ids and text exactly, including formula-looking text', () => {
    expect(previewCell('7165432109876543210', 'id')).toEqual({ text: '7165432109876543210', kind: 'text' });
    expect(previewCell('=HYPERLINK("http://x","click")', 'text')).toEqual({
      text: '=HYPERLINK("http://x","click")',
      kind: 'text',
    });
    expect(previewCell('01234', undefined)).toEqual({ text: '01234', kind: 'text' });
  });

  it('shows blanks as empty cells', () => {
    expect(previewCell(null, 'count')).toEqual({ text: '', kind: 'blank' });
  });

  it('labels model columns by their data-tab header and extra columns by name', () => {
    expect(columnLabel('posts', 'published_at')).toBe('Published at');
    expect(columnLabel('posts', 'offsite_views')).toBe('offsite_views');
  });
});
