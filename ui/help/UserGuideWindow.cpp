#include "help/UserGuideWindow.h"

#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gradus {
namespace {

// The guide's screenshots are made at full window size; shown here, each is scaled down to a
// width that reads beside the text (Markdown has no image width, and GitHub scales them too).
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image;
        if (resource.canConvert<QImage>())
            image = resource.value<QImage>();
        if (image.isNull())
            image.loadFromData(resource.toByteArray());
        constexpr int kMaxWidth = 640;
        if (image.isNull() || image.width() <= kMaxWidth)
            return resource;
        return image.scaledToWidth(kMaxWidth, Qt::SmoothTransformation);
    }
};

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Gradus User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Back"), this);
    auto* contents = new QPushButton(tr("&Contents"), this);
    bar->addWidget(back);
    bar->addWidget(contents);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    m_language = guideLanguage(QLocale().uiLanguages());
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePath(m_language)),
                         QTextDocument::MarkdownResource);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    connect(contents, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    resize(860, 760);
}

QString UserGuideWindow::guideLanguage(const QStringList& uiLanguages)
{
    for (const QString& tag : uiLanguages) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (QFile::exists(guidePath(code)))
            return code;
    }
    return QStringLiteral("en");
}

QString UserGuideWindow::guidePath(const QString& language)
{
    return QStringLiteral(":/guide/%1/index.md").arg(language);
}

} // namespace gradus
