#include "AboutDialog.h"

#include "log/Logging.h"
#include "services/StoreSummary.h"
#include "util/Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gradus {

AboutDialog::AboutDialog(const StoreSummary& store, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Gradus"));
    auto* layout = new QVBoxLayout(this);

    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>Gradus %1</h2>"
           "<p>Graded exercise programmes for physiotherapists: patients, safe exercise "
           "choices, pacing, handouts and outcomes, kept on your own computer.</p>"
           "<p>Gradus supports clinical reasoning; it does not replace it.</p>"
           "<p><b>Database:</b> %2<br><b>Schema version:</b> %3<br><b>Log file:</b> %4</p>")
            .arg(QString::fromLatin1(kVersion), store.where.toHtmlEscaped())
            .arg(store.schemaVersion)
            .arg(logging::logFilePath().toHtmlEscaped()));
    layout->addWidget(text);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

} // namespace gradus
