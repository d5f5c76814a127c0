#pragma once

#include <QDialog>

namespace gradus {

struct StoreSummary;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const StoreSummary& store, QWidget* parent = nullptr);
};

} // namespace gradus
