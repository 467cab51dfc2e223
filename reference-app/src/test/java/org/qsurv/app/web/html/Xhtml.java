package org.qsurv.app.web.html;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Test support: parses the application's markup with the JDK's XML parser (it is written to be
 * well-formed XML) and answers questions about it. Public so that the tests of the pages and
 * charts can use it.
 */
public final class Xhtml {
  private Xhtml() {}

  /** {@code text} as jte writes it in element content, to look for in a page. */
  public static String escape(String text) {
    StringOutput out = new StringOutput();
    Escape.htmlContent(text, out);
    return out.toString();
  }

  /** Parses a document or a fragment with one root element; fails the test if not well formed. */
  public static Document parse(String markup) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new InputSource(new StringReader(markup)));
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException(e);
    } catch (SAXException e) {
      throw new AssertionError("not well formed: " + e.getMessage() + "\n" + markup, e);
    }
  }

  /** Parses a fragment that may have several top-level nodes, inside a {@code <root>}. */
  public static Element parseFragment(String markup) {
    return parse("<root>" + markup + "</root>").getDocumentElement();
  }

  /** Every element named {@code tag} under {@code node}, in document order. */
  public static List<Element> all(Node node, String tag) {
    NodeList list = node instanceof Document d
        ? d.getElementsByTagName(tag) : ((Element) node).getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The element with this id; fails if there is none or more than one. */
  public static Element byId(Node node, String id) {
    List<Element> found = new ArrayList<>();
    collect(node instanceof Document d ? d.getDocumentElement() : (Element) node, id, found);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " elements have id " + id);
    }
    return found.get(0);
  }

  /** The levels of the headings h1-h6 in document order. */
  public static List<Integer> headingLevels(Node node) {
    List<Integer> levels = new ArrayList<>();
    walk(node instanceof Document d ? d.getDocumentElement() : (Element) node, levels);
    return levels;
  }

  /**
   * Whether the headings are in order: the first is h1 and none skips a level on the way down
   * (WCAG 1.3.1; the GOV.UK and NHS design systems).
   */
  public static boolean headingsInOrder(Node node) {
    List<Integer> levels = headingLevels(node);
    if (levels.isEmpty() || levels.get(0) != 1) {
      return false;
    }
    for (int i = 1; i < levels.size(); i++) {
      if (levels.get(i) > levels.get(i - 1) + 1) {
        return false;
      }
    }
    return true;
  }

  private static void walk(Element element, List<Integer> levels) {
    String name = element.getTagName();
    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
      levels.add(name.charAt(1) - '0');
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(e, levels);
      }
    }
  }

  private static void collect(Element element, String id, List<Element> found) {
    if (id.equals(element.getAttribute("id"))) {
      found.add(element);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, id, found);
      }
    }
  }
}
