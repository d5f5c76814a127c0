// The pose renderer: every built-in exercise draws a visible figure inside the canvas, the
// SVG written from the same primitives is well-formed and sized as asked, and broken
// descriptions are refused with the field named.
#include "illustration/PoseRenderer.h"
#include "exercises/ExerciseLibrary.h"
#include "illustration/ExercisePicture.h"
#include "illustration/FigureStyle.h"
#include "illustration/IllustrationSpec.h"
#include "illustration/Skeleton.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace gradus;
using namespace gradus::illustration;

namespace {

// Pixels close to the figure's own colour: the body, not the floor or props.
int figurePixels(const QImage& image)
{
    const QColor body = FigureStyle::figure();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - body.red()) < 12 && std::abs(c.green() - body.green()) < 12 &&
                std::abs(c.blue() - body.blue()) < 12)
                ++count;
        }
    return count;
}

struct SvgFacts
{
    bool wellFormed = false;
    QString width, height, viewBox;
    int paths = 0;
    QString error;
};

SvgFacts readSvg(const QByteArray& svg)
{
    SvgFacts facts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("svg")) {
                facts.width = xml.attributes().value(QStringLiteral("width")).toString();
                facts.height = xml.attributes().value(QStringLiteral("height")).toString();
                facts.viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
            } else if (xml.name() == QLatin1String("path")) {
                ++facts.paths;
            }
        }
    }
    facts.wellFormed = !xml.hasError();
    facts.error = xml.errorString();
    return facts;
}

QJsonObject spec(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST(PoseRendererTest, EveryBuiltInExerciseDrawsAVisibleFigure)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library);
    const QRectF canvas(QPointF(0, 0), PoseRenderer::canvasSize());
    for (const Exercise& e : library->exercises) {
        SCOPED_TRACE(e.stableId.toStdString());
        auto drawing = PoseRenderer::render(e.illustration);
        ASSERT_TRUE(drawing) << drawing.error().message.toStdString();
        EXPECT_GE(drawing->items.size(), 15) << "a figure has a head, trunk and limbs";
        // Everything the figure is made of lies on the canvas (props may run off its edges).
        QRectF figureBounds;
        for (const DrawingItem& item : drawing->items)
            if (item.stroke == FigureStyle::figure() || item.fill == FigureStyle::figure())
                figureBounds = figureBounds.united(item.path.boundingRect());
        EXPECT_TRUE(canvas.contains(figureBounds)) << "figure off the canvas";
        // And it takes up a fair part of it: neither a speck nor clipped.
        EXPECT_GT(figureBounds.width() * figureBounds.height(),
                  canvas.width() * canvas.height() * 0.05);

        const QImage image = drawing->toImage(240);
        ASSERT_EQ(image.size(), QSize(240, 180));
        // (A swimmer is partly under the tinted water.)
        EXPECT_GT(figurePixels(image), 300);
    }
}

TEST(PoseRendererTest, SvgIsWellFormedAndSizedAsAsked)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library);
    for (const Exercise& e : library->exercises) {
        SCOPED_TRACE(e.stableId.toStdString());
        auto drawing = PoseRenderer::render(e.illustration);
        ASSERT_TRUE(drawing);
        const SvgFacts facts = readSvg(drawing->toSvg(640));
        ASSERT_TRUE(facts.wellFormed) << facts.error.toStdString();
        EXPECT_EQ(facts.width, QStringLiteral("640"));
        EXPECT_EQ(facts.height, QStringLiteral("480"));
        EXPECT_EQ(facts.viewBox, QStringLiteral("0 0 400 300"));
        EXPECT_EQ(facts.paths, drawing->items.size()) << "one path per primitive";
    }
}

TEST(PoseRendererTest, DrawingIsDeterministic)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library);
    const Exercise& e = library->exercises.constFirst();
    EXPECT_EQ(PoseRenderer::render(e.illustration)->toSvg(300),
              PoseRenderer::render(e.illustration)->toSvg(300));
}

TEST(PoseRendererTest, PdfOutputStaysVector)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.pdf"));
    {
        QPdfWriter pdf(path);
        QPainter painter(&pdf);
        auto drawing = PoseRenderer::render(library->exercises.constFirst().illustration);
        ASSERT_TRUE(drawing);
        drawing->paint(painter, QRectF(0, 0, pdf.width(), pdf.width() * 0.75));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_FALSE(pdf.contains("/Subtype /Image")) << "the figure is paths, not a bitmap";
    EXPECT_LT(pdf.size(), 60000);
}

TEST(PoseRendererTest, PoseAnglesMoveTheRightJoints)
{
    Pose standing;
    const Skeleton upright = Skeleton::fromPose(standing);
    EXPECT_GT(upright.joint(QStringLiteral("head")).y(),
              upright.joint(QStringLiteral("pelvis")).y() + 0.6);
    EXPECT_NEAR(upright.joint(QStringLiteral("left_ankle")).x(), 0, 0.01);

    Pose kneeUp = standing;
    kneeUp.hip = {90, 0};
    kneeUp.knee = {90, 0};
    const Skeleton s = Skeleton::fromPose(kneeUp);
    // Hip flexion brings the near thigh forward (+x), knee flexion drops the shin.
    EXPECT_NEAR(s.joint(QStringLiteral("left_knee")).y(), s.joint(QStringLiteral("left_hip")).y(),
                0.01);
    EXPECT_GT(s.joint(QStringLiteral("left_knee")).x(), 0.4);
    EXPECT_LT(s.joint(QStringLiteral("left_ankle")).y(),
              s.joint(QStringLiteral("left_knee")).y() - 0.4);
    // Lying on the back with the head to the left.
    Pose supine;
    supine.trunk = 180;
    const Skeleton lying = Skeleton::fromPose(supine);
    EXPECT_LT(lying.joint(QStringLiteral("head")).x(), -0.6);
    EXPECT_GT(lying.joint(QStringLiteral("nose")).y(), lying.joint(QStringLiteral("head")).y());
}

TEST(PoseRendererTest, BrokenDescriptionsNameTheField)
{
    struct Case
    {
        const char* json;
        const char* field;
    };
    const Case cases[] = {
        {R"({"pose": {"knee": "bent"}})", "illustration.pose.knee"},
        {R"({"pose": {"knee": [10]}})", "illustration.pose.knee"},
        {R"({"pose": {"elbow": 400}})", "illustration.pose.elbow"},
        {R"({"pose": {"tail": 10}})", "illustration.pose.tail"},
        {R"({"layout": "collage", "pose": {}})", "illustration.layout"},
        {R"({"layout": "overlay", "start": {}})", "illustration.end"},
        {R"({"pose": {}, "props": [{"type": "trampoline"}]})", "illustration.props[0].type"},
        {R"({"pose": {}, "props": [{"type": "ball", "under": "tail"}]})",
         "illustration.props[0].under"},
        {R"({"pose": {}, "props": [{"type": "water"}]})", "illustration.props[0]"},
        {R"({"pose": {}, "arrows": [{"bend": 1}]})", "illustration.arrows[0]"},
        {R"({"pose": {}, "camera": {"pitch": 120}})", "illustration.camera.pitch"},
    };
    for (const Case& c : cases) {
        auto drawing = PoseRenderer::render(spec(c.json));
        ASSERT_FALSE(drawing) << c.json;
        EXPECT_TRUE(drawing.error().message.contains(QString::fromLatin1(c.field)))
            << c.json << " -> " << drawing.error().message.toStdString();
    }
}

TEST(PoseRendererTest, PropsAndArrowsAddShapes)
{
    auto bare = PoseRenderer::render(spec(R"({"pose": {}})"));
    auto dressed = PoseRenderer::render(spec(
        R"({"pose": {}, "props": [{"type": "dumbbell", "at": "hands"}, {"type": "wall", "x": 0.6}],
            "arrows": [{"joint": "pelvis", "shift": [0.3, 0]}]})"));
    ASSERT_TRUE(bare && dressed);
    EXPECT_GE(dressed->items.size(), bare->items.size() + 6);
    bool hasArrow = false;
    for (const DrawingItem& item : dressed->items)
        hasArrow |= item.stroke == FigureStyle::arrow() || item.fill == FigureStyle::arrow();
    EXPECT_TRUE(hasArrow);
}

TEST(ExercisePictureTest, PhotoWinsOverTheDrawing)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library);
    Exercise e = library->exercises.constFirst();
    QImage photo(60, 30, QImage::Format_RGB32);
    photo.fill(Qt::red);
    QBuffer buffer(&e.image);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "PNG");
    e.imageType = QStringLiteral("image/png");

    auto image = ExercisePicture::image(e, 300);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->size(), QSize(300, 150));
    EXPECT_EQ(image->pixelColor(150, 75), QColor(Qt::red));
    auto svg = ExercisePicture::svg(e, 300);
    ASSERT_TRUE(svg);
    const SvgFacts facts = readSvg(*svg);
    EXPECT_TRUE(facts.wellFormed);
    EXPECT_EQ(facts.height, QStringLiteral("150"));
    EXPECT_TRUE(svg->contains("data:image/png;base64,"));

    Exercise none = e;
    none.image.clear();
    none.imageType.clear();
    none.illustration = {};
    EXPECT_FALSE(ExercisePicture::image(none, 300));
    EXPECT_FALSE(ExercisePicture::image(e, 4));
}
