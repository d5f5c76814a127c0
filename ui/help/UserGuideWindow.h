#pragma once

#include <QWidget>

class QTextBrowser;

namespace gradus {

// Help → User Guide (F1): the guide written in Markdown in docs/guide/<language>/, built into
// the program with its screenshots and rendered here, in the UI language when the guide has
// been translated into it and in English otherwise. Links to other pages of the guide open
// here; links to web sites open in the browser.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    // The guide's language for `uiLanguages` (QLocale().uiLanguages()): "de" for de-CH, else
    // "en".
    static QString guideLanguage(const QStringList& uiLanguages);
    static QString guidePath(const QString& language);

    QTextBrowser* browser() const { return m_browser; }
    QString language() const { return m_language; }

private:
    QTextBrowser* m_browser = nullptr;
    QString m_language;
};

} // namespace gradus
