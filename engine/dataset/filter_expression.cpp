#include "dataset/filter_expression.h"

#include "dataset/tag_search.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace tagscope {

namespace {

// Deeper nesting than this is an error rather than a stack overflow.
constexpr int kMaxDepth = 200;

// 1-based column of a byte offset, counting UTF-8 characters rather than bytes.
std::size_t columnAt(std::string_view text, std::size_t offset)
{
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return column + (offset > text.size() ? offset - text.size() : 0);
}

struct Token {
    enum class Type { End, LeftParen, RightParen, And, Or, Not, Colon, Word };
    Type type = Type::End;
    std::string text; // Word: unescaped
    bool quoted = false;
    std::size_t offset = 0; // byte offset of the token's first character
};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool endsWord(char c) { return isSpace(c) || c == '(' || c == ')' || c == '&' || c == '|' || c == '!' || c == ':' || c == '"'; }

class Lexer {
public:
    explicit Lexer(std::string_view text, std::size_t position = 0) : text_(text), position_(position) {}
    std::size_t position() const { return position_; } // byte offset after the last token read

    bool next(Token& token, FilterError& error)
    {
        while (position_ < text_.size() && isSpace(text_[position_]))
            ++position_;
        token = {};
        token.offset = position_;
        if (position_ == text_.size())
            return true;
        const char c = text_[position_];
        switch (c) {
        case '(': return single(token, Token::Type::LeftParen);
        case ')': return single(token, Token::Type::RightParen);
        case ':': return single(token, Token::Type::Colon);
        case '!':
        case '-': return single(token, Token::Type::Not);
        case '&':
        case '|':
            position_ += (position_ + 1 < text_.size() && text_[position_ + 1] == c) ? 2 : 1;
            token.type = c == '&' ? Token::Type::And : Token::Type::Or;
            return true;
        case '"': return quoted(token, error);
        default: break;
        }
        while (position_ < text_.size() && !endsWord(text_[position_]))
            ++position_;
        token.type = Token::Type::Word;
        token.text = std::string(text_.substr(token.offset, position_ - token.offset));
        if (equalsIgnoringCase(token.text, "and"))
            token.type = Token::Type::And;
        else if (equalsIgnoringCase(token.text, "or"))
            token.type = Token::Type::Or;
        else if (equalsIgnoringCase(token.text, "not"))
            token.type = Token::Type::Not;
        return true;
    }

private:
    bool single(Token& token, Token::Type type)
    {
        token.type = type;
        ++position_;
        return true;
    }

    bool quoted(Token& token, FilterError& error)
    {
        token.type = Token::Type::Word;
        token.quoted = true;
        ++position_;
        while (position_ < text_.size() && text_[position_] != '"') {
            if (text_[position_] == '\\' && position_ + 1 < text_.size())
                ++position_;
            token.text += text_[position_++];
        }
        if (position_ == text_.size()) {
            error = {"unterminated quote: add a closing \"", columnAt(text_, token.offset)};
            return false;
        }
        ++position_;
        return true;
    }

    std::string_view text_;
    std::size_t position_ = 0;
};

class Parser {
public:
    Parser(std::string_view text, FilterError& error) : text_(text), lexer_(text), error_(error) {}

    std::optional<FilterNode> parse()
    {
        if (!advance())
            return std::nullopt;
        if (token_.type == Token::Type::End)
            return fail("the expression is empty", token_.offset);
        std::optional<FilterNode> root = parseOr(0);
        if (!root)
            return std::nullopt;
        if (token_.type == Token::Type::RightParen)
            return fail("')' without a matching '('", token_.offset);
        if (token_.type != Token::Type::End)
            return failMissingOperator();
        return root;
    }

private:
    bool advance() { return lexer_.next(token_, error_); }

    std::nullopt_t fail(std::string message, std::size_t offset)
    {
        error_ = {std::move(message), columnAt(text_, offset)};
        return std::nullopt;
    }

    std::nullopt_t failMissingOperator()
    {
        std::string message = "expected AND, OR or ')' before " + describeToken(token_);
        if (token_.type == Token::Type::Word)
            message += " (put names with spaces in quotes, e.g. \"Human face\")";
        return fail(message, token_.offset);
    }

    static std::string describeToken(const Token& token)
    {
        switch (token.type) {
        case Token::Type::End: return "the end";
        case Token::Type::LeftParen: return "'('";
        case Token::Type::RightParen: return "')'";
        case Token::Type::And: return "AND";
        case Token::Type::Or: return "OR";
        case Token::Type::Not: return "NOT";
        case Token::Type::Colon: return "':'";
        case Token::Type::Word: break;
        }
        return "'" + token.text + "'";
    }

    static void append(FilterNode& parent, FilterNode child)
    {
        if (child.kind == parent.kind) {
            for (FilterNode& grandchild : child.children)
                parent.children.push_back(std::move(grandchild));
        } else {
            parent.children.push_back(std::move(child));
        }
    }

    std::optional<FilterNode> parseBinary(int depth, Token::Type op, FilterNode::Kind kind)
    {
        std::optional<FilterNode> left = kind == FilterNode::Kind::Or ? parseBinary(depth, Token::Type::And, FilterNode::Kind::And)
                                                                      : parseUnary(depth);
        if (!left || token_.type != op)
            return left;
        FilterNode node;
        node.kind = kind;
        node.column = left->column;
        append(node, std::move(*left));
        while (token_.type == op) {
            const Token opToken = token_;
            if (!advance())
                return std::nullopt;
            if (!startsOperand(token_))
                return failMissingOperand(opToken);
            std::optional<FilterNode> right = kind == FilterNode::Kind::Or ? parseBinary(depth, Token::Type::And, FilterNode::Kind::And)
                                                                           : parseUnary(depth);
            if (!right)
                return std::nullopt;
            append(node, std::move(*right));
        }
        return node;
    }

    std::optional<FilterNode> parseOr(int depth) { return parseBinary(depth, Token::Type::Or, FilterNode::Kind::Or); }

    static bool startsOperand(const Token& token)
    {
        return token.type == Token::Type::Word || token.type == Token::Type::LeftParen || token.type == Token::Type::Not;
    }

    std::nullopt_t failMissingOperand(const Token& after)
    {
        return fail("expected a tag, split:, name: or corrected term after " + describeToken(after) + ", found " + describeToken(token_),
                    token_.offset);
    }

    std::optional<FilterNode> parseUnary(int depth)
    {
        if (depth >= kMaxDepth)
            return fail("the expression is nested too deeply", token_.offset);
        const Token start = token_;
        switch (token_.type) {
        case Token::Type::Not: {
            if (!advance())
                return std::nullopt;
            if (!startsOperand(token_))
                return failMissingOperand(start);
            std::optional<FilterNode> child = parseUnary(depth + 1);
            if (!child)
                return std::nullopt;
            FilterNode node;
            node.kind = FilterNode::Kind::Not;
            node.column = columnAt(text_, start.offset);
            node.children.push_back(std::move(*child));
            return node;
        }
        case Token::Type::LeftParen: {
            if (!advance())
                return std::nullopt;
            if (!startsOperand(token_))
                return failMissingOperand(start);
            std::optional<FilterNode> inner = parseOr(depth + 1);
            if (!inner)
                return std::nullopt;
            if (token_.type == Token::Type::End)
                return fail("missing ')' for the '(' at column " + std::to_string(columnAt(text_, start.offset)), token_.offset);
            if (token_.type != Token::Type::RightParen)
                return failMissingOperator();
            if (!advance())
                return std::nullopt;
            return inner;
        }
        case Token::Type::Word: return parseTerm();
        default: break;
        }
        return fail("expected a tag, split:, name: or corrected term, found " + describeToken(token_), token_.offset);
    }

    // name [':' qualifier], where `split:` and `name:` (unquoted) are the split and image-name terms, and
    // `corrected` (unquoted, alone or with ':' and a tag) the corrected-label term.
    std::optional<FilterNode> parseTerm()
    {
        const Token name = token_;
        FilterNode node;
        node.column = columnAt(text_, name.offset);
        node.text = name.text;
        if (!advance())
            return std::nullopt;
        const bool corrected = !name.quoted && equalsIgnoringCase(name.text, "corrected");
        if (token_.type != Token::Type::Colon) {
            if (!name.quoted && (equalsIgnoringCase(name.text, "split") || equalsIgnoringCase(name.text, "name")))
                return fail("expected ':' after " + name.text, token_.offset);
            if (corrected) {
                node.kind = FilterNode::Kind::Corrected;
                node.text.clear();
            }
            return node;
        }
        const Token colon = token_;
        if (!advance())
            return std::nullopt;
        if (corrected) {
            if (token_.type != Token::Type::Word)
                return fail("expected a tag after corrected: (e.g. corrected:Cat or corrected:\"Human face\")", colon.offset + 1);
            node.kind = FilterNode::Kind::Corrected;
            node.text = token_.text;
            if (!advance())
                return std::nullopt;
            return node;
        }
        if (token_.type != Token::Type::Word || token_.quoted) {
            if (!name.quoted && equalsIgnoringCase(name.text, "name"))
                return fail("expected ~text after name: (e.g. name:~2f0c or name:~\"dogs/\")", colon.offset + 1);
            return fail("expected a state after ':' (positive, negative, unknown or machine>=0.7)", colon.offset + 1);
        }
        const Token qualifier = token_;
        if (!advance())
            return std::nullopt;
        if (!name.quoted && equalsIgnoringCase(name.text, "split"))
            return splitTerm(std::move(node), qualifier);
        if (!name.quoted && equalsIgnoringCase(name.text, "name"))
            return nameTerm(std::move(node), qualifier);
        return stateTerm(std::move(node), qualifier);
    }

    std::optional<FilterNode> splitTerm(FilterNode node, const Token& qualifier)
    {
        const std::optional<Split> split = splitFromName(asciiLower(qualifier.text));
        if (!split)
            return fail("unknown split '" + qualifier.text + "': expected train, validation, test or unassigned", qualifier.offset);
        node.kind = FilterNode::Kind::Split;
        node.split = *split;
        node.text.clear();
        return node;
    }

    std::optional<FilterNode> nameTerm(FilterNode node, const Token& qualifier)
    {
        node.kind = FilterNode::Kind::ImageName;
        if (qualifier.text.size() > 1 && qualifier.text[0] == '~') {
            node.text = qualifier.text.substr(1);
            return node;
        }
        // name:~"text with spaces": the quoted text must follow the tilde directly.
        const bool tildeThenQuote = qualifier.text == "~" && token_.type == Token::Type::Word && token_.quoted
            && token_.offset == qualifier.offset + 1;
        if (!tildeThenQuote)
            return fail("expected ~text after name: (e.g. name:~2f0c or name:~\"dogs/\")", qualifier.offset);
        node.text = token_.text;
        if (!advance())
            return std::nullopt;
        return node;
    }

    std::optional<FilterNode> stateTerm(FilterNode node, const Token& qualifier)
    {
        const std::string state = asciiLower(qualifier.text);
        if (state == "positive" || state == "pos") {
            node.condition = TagCondition::Positive;
        } else if (state == "negative" || state == "neg") {
            node.condition = TagCondition::Negative;
        } else if (state == "unknown" || state == "unk") {
            node.condition = TagCondition::Unknown;
        } else if (state == "machine") {
            node.condition = TagCondition::Machine;
            node.machineThreshold = -std::numeric_limits<float>::infinity();
        } else if (state.rfind("machine>=", 0) == 0) {
            const std::string number = state.substr(9);
            char* end = nullptr;
            const float threshold = std::strtof(number.c_str(), &end);
            if (number.empty() || end != number.c_str() + number.size() || !std::isfinite(threshold))
                return fail("expected a number after machine>= (e.g. machine>=0.7)", qualifier.offset + 9);
            if (threshold < 0.0f || threshold > 1.0f)
                return fail("a machine confidence threshold lies between 0 and 1", qualifier.offset + 9);
            node.condition = TagCondition::Machine;
            node.machineThreshold = threshold;
        } else {
            return fail("unknown state '" + qualifier.text + "': expected positive, negative, unknown, machine or machine>=NUMBER",
                        qualifier.offset);
        }
        return node;
    }

    std::string_view text_;
    Lexer lexer_;
    FilterError& error_;
    Token token_;
};

bool needsQuotes(std::string_view name)
{
    if (name.empty() || name[0] == '-' || equalsIgnoringCase(name, "and") || equalsIgnoringCase(name, "or")
        || equalsIgnoringCase(name, "not") || equalsIgnoringCase(name, "split") || equalsIgnoringCase(name, "name")
        || equalsIgnoringCase(name, "corrected"))
        return true;
    for (char c : name)
        if (endsWord(c) || c == '\\')
            return true;
    return false;
}

std::string quoteIfNeeded(std::string_view name)
{
    if (!needsQuotes(name))
        return std::string(name);
    std::string out = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

std::vector<std::string> tagSuggestions(const Dataset& dataset, std::string_view text)
{
    std::vector<std::string> names;
    for (std::uint32_t tag : closestTags(dataset, text, 3))
        names.push_back(dataset.tag(tag).displayName);
    return names;
}

bool bindTag(FilterNode& node, const Dataset& dataset, FilterError& error)
{
    if (auto tag = dataset.findTag(node.text)) {
        node.tag = *tag;
        return true;
    }
    // Exact display names first; only when none matches, any case (which also covers LabelNames).
    std::vector<std::uint32_t> matches;
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
        if (dataset.tag(t).displayName == node.text)
            matches.push_back(t);
    if (matches.empty())
        for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
            if (equalsIgnoringCase(dataset.tag(t).displayName, node.text) || equalsIgnoringCase(dataset.tag(t).labelName, node.text))
                matches.push_back(t);
    if (matches.size() == 1) {
        node.tag = matches[0];
        return true;
    }
    if (matches.empty()) {
        error = {"no tag named '" + node.text + "'", node.column, tagSuggestions(dataset, node.text)};
        return false;
    }
    std::string names;
    for (std::size_t i = 0; i < matches.size() && i < 5; ++i)
        names += (i ? ", " : "") + dataset.tag(matches[i]).labelName;
    error = {"'" + node.text + "' names " + std::to_string(matches.size()) + " tags (" + names
                 + (matches.size() > 5 ? ", ..." : "") + "): use the LabelName",
             node.column, {}};
    return false;
}

std::string formatThreshold(float threshold)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", static_cast<double>(threshold));
    return buffer;
}

} // namespace

std::string formatFilterError(const FilterError& error, std::string_view expression)
{
    std::string out = "column " + std::to_string(error.column) + ": " + error.message;
    for (std::size_t i = 0; i < error.suggestions.size(); ++i)
        out += (i == 0 ? "; did you mean " : i + 1 == error.suggestions.size() ? " or " : ", ") + quoteIfNeeded(error.suggestions[i]);
    out += error.suggestions.empty() ? "\n  " : "?\n  ";
    for (char c : expression)
        out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
    out += "\n  " + std::string(error.column > 0 ? error.column - 1 : 0, ' ') + "^";
    return out;
}

std::string replaceFilterTerm(std::string_view expression, std::size_t column, std::string_view tagName)
{
    std::size_t offset = 0; // the byte where the 1-based column starts (columns count UTF-8 characters)
    for (std::size_t seen = 1; seen < column && offset < expression.size(); ++seen) {
        ++offset;
        while (offset < expression.size() && (static_cast<unsigned char>(expression[offset]) & 0xC0) == 0x80)
            ++offset;
    }
    Lexer lexer(expression, offset);
    Token token;
    FilterError ignored;
    if (column == 0 || !lexer.next(token, ignored) || token.type != Token::Type::Word || token.offset != offset)
        return std::string(expression);
    return std::string(expression.substr(0, offset)) + quoteIfNeeded(tagName) + std::string(expression.substr(lexer.position()));
}

std::optional<FilterNode> parseFilter(std::string_view expression, FilterError& error)
{
    return Parser(expression, error).parse();
}

bool bindFilterTags(FilterNode& root, const Dataset& dataset, FilterError& error)
{
    if (root.kind == FilterNode::Kind::Tag || (root.kind == FilterNode::Kind::Corrected && !root.text.empty()))
        return bindTag(root, dataset, error);
    for (FilterNode& child : root.children)
        if (!bindFilterTags(child, dataset, error))
            return false;
    return true;
}

std::optional<FilterNode> compileFilter(std::string_view expression, const Dataset& dataset, FilterError& error)
{
    std::optional<FilterNode> root = parseFilter(expression, error);
    if (root && !bindFilterTags(*root, dataset, error))
        return std::nullopt;
    return root;
}

std::string describeFilter(const FilterNode& node)
{
    switch (node.kind) {
    case FilterNode::Kind::Tag: {
        std::string out = quoteIfNeeded(node.text);
        switch (node.condition) {
        case TagCondition::Positive: return out;
        case TagCondition::Negative: return out + ":negative";
        case TagCondition::Unknown: return out + ":unknown";
        case TagCondition::Machine:
            if (std::isinf(node.machineThreshold))
                return out + ":machine";
            return out + ":machine>=" + formatThreshold(node.machineThreshold);
        }
        return out;
    }
    case FilterNode::Kind::Split: return std::string("split:") + splitName(node.split);
    case FilterNode::Kind::ImageName: return "name:~" + quoteIfNeeded(node.text);
    case FilterNode::Kind::Corrected: return node.text.empty() ? "corrected" : "corrected:" + quoteIfNeeded(node.text);
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or:
    case FilterNode::Kind::Not: break;
    }
    std::string out = node.kind == FilterNode::Kind::And ? "AND(" : node.kind == FilterNode::Kind::Or ? "OR(" : "NOT(";
    for (std::size_t i = 0; i < node.children.size(); ++i)
        out += (i ? ", " : "") + describeFilter(node.children[i]);
    return out + ")";
}

} // namespace tagscope
