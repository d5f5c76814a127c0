#include "DeferredWidget.h"

#include <QVBoxLayout>

namespace gradus {

DeferredWidget::DeferredWidget(const QString& objectName, Factory factory, QWidget* parent)
    : QWidget(parent), m_factory(std::move(factory))
{
    // The page's name from the start: the navigation action is named after it.
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* DeferredWidget::content()
{
    if (!m_content) {
        // Once only, even if building it shows this place again.
        Factory factory = std::move(m_factory);
        m_content = factory(this);
        layout()->addWidget(m_content);
        // A child added to a place already on screen is not shown with it.
        m_content->show();
    }
    return m_content;
}

void DeferredWidget::showEvent(QShowEvent* event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace gradus
