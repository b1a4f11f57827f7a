// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tst_markdownstream* tests: the stream as one document, and sample answers.

#include "markdownrenderer.h"
#include "markdownstream.h"

#include <QRegularExpression>

namespace MarkdownStreamTesting {
using namespace Qt::StringLiterals;

inline QString escaped(const QString &text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s);
    out.replace(u'<', u"&lt;"_s);
    out.replace(u'>', u"&gt;"_s);
    out.replace(u'"', u"&quot;"_s);
    out.replace(u'\'', u"&#39;"_s);
    return out;
}

/** How MarkdownRenderer opens a fenced code block. */
inline QString rendererCodeOpen()
{
    const QString html = MarkdownRenderer::toHtml(u"```\nX\n```"_s);
    return html.left(html.indexOf(u'X'));
}

/**
 * The stream's blocks as MarkdownRenderer would render the whole document: fenced code (which
 * the stream highlights) is put back as the renderer writes it, from the code of its pieces.
 */
inline QString asWholeDocument(const MarkdownStream &stream)
{
    static const QString codeOpen = rendererCodeOpen();
    static const QRegularExpression listOpen(u"^<(?:ul|ol(?: start=\"\\d+\")?)>"_s);
    QString html;
    for (int row = 0; row < stream.rowCount(); ++row) {
        const QModelIndex i = stream.index(row);
        if (i.data(MarkdownStream::KindRole).toInt() != MarkdownStream::Code) {
            QString rowHtml = i.data(MarkdownStream::HtmlRole).toString();
            // A long list continued in this row: one list again.
            if (i.data(MarkdownStream::ContinuationRole).toBool()) {
                const auto open = listOpen.match(rowHtml);
                const QString close =
                    open.captured().startsWith(u"<ul"_s) ? u"</ul>\n"_s : u"</ol>\n"_s;
                if (!open.hasMatch() || !html.endsWith(close))
                    return html + u"<!-- a continuation row that continues no list -->"_s;
                html.chop(close.size());
                rowHtml.remove(0, open.capturedLength());
            }
            html += rowHtml;
            continue;
        }
        if (i.data(MarkdownStream::CodeStartRole).toBool())
            html += codeOpen + escaped(stream.codeBlockText(row)) + u"</pre>\n"_s;
    }
    return html;
}

/** Answers as models write them, for the tests that stream a realistic text. */
inline const char *const kFixtures[] = {
    R"(Sure! Here's a quick overview of **Qt's model/view** framework.

## Key classes

1. `QAbstractItemModel` — the base of all models
2. `QAbstractListModel` — for flat lists
3. `QSortFilterProxyModel` — sorting and filtering

> Note: only the GUI thread should mutate a model.

Here is an example:
```cpp
class Model : public QAbstractListModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex &) const override { return 3; } /* demo */
};
```

| Class | Use |
|-------|-----|
| QStringListModel | strings |
| QStandardItemModel | generic |

See [the docs](https://doc.qt.io/qt-6/model-view-programming.html) and [the guide][guide].

[guide]: https://doc.qt.io/qt-6/modelview.html
)",
    R"(To install:
- run `pip install requests`
- then:
  ```bash
  python3 -m venv .venv
  source .venv/bin/activate
  ```
- done

Some *emphasis*, a ![diagram](https://example.com/d.png) and <script>alert(1)</script>.
***
Final words.)",
    R"(# Title
Setext
------
    indented
    code

Paragraph with a hard  
break and a [javascript link](javascript:alert(1)).

~~~python
def f():
    """doc"""
    return 1
~~~
1) one
2) two

   still two
3) three)",
    R"(A list that keeps going after blank lines:

* first

* second
  with a lazy
continuation

* third

Text after the list, then a quote:
> quoted
lazily continued
- list interrupts)",
};

} // namespace MarkdownStreamTesting
