package org.qsurv.escalation.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Role;

/**
 * Every command of the case that is a record is a valid value or is not made at all (003 §5.2.3:
 * each step of the enhanced procedure is recorded with its date, who took it and why): a missing
 * date, actor or rationale, any other missing field, and a blank text field (an id, a name, a
 * summary, a note) are refused with an {@link IllegalArgumentException}, never a
 * {@link NullPointerException} later, and the refusal of the date, actor and rationale names the
 * command and the field. A blank rationale is a value: the case refuses it (see
 * {@link CaseCommand}).
 */
class CommandValuesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private static final Actor LEAD = Actor.of("Quality lead", Role.ICB_QUALITY_LEAD);

  static Stream<Class<?>> recordCommands() {
    return Arrays.stream(CaseCommand.class.getPermittedSubclasses()).filter(Class::isRecord);
  }

  @ParameterizedTest
  @MethodSource("recordCommands")
  void aCommandWithEveryFieldGivenIsMade(Class<?> command) throws Exception {
    Object made = construct(command, valid(command));
    assertTrue(command.isInstance(made));
  }

  @ParameterizedTest
  @MethodSource("recordCommands")
  void aMissingDateActorOrRationaleIsRefusedNamingTheCommandAndTheField(Class<?> command) {
    List<String> who = List.of("at", "by", "rationale");
    RecordComponent[] components = command.getRecordComponents();
    for (int i = 0; i < who.size(); i++) {
      assertEquals(who.get(i), components[i].getName(), command.getSimpleName());
      Object[] args = valid(command);
      args[i] = null;
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> construct(command, args), command.getSimpleName() + " without " + who.get(i));
      assertTrue(refused.getMessage().startsWith(command.getSimpleName() + ": " + who.get(i)
          + " is required"), refused.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("recordCommands")
  void anyOtherMissingFieldIsRefusedAsAValue(Class<?> command) {
    RecordComponent[] components = command.getRecordComponents();
    for (int i = 3; i < components.length; i++) {
      if (components[i].getType().isPrimitive()) {
        continue;
      }
      Object[] args = valid(command);
      args[i] = null;
      assertThrows(IllegalArgumentException.class, () -> construct(command, args),
          command.getSimpleName() + " without " + components[i].getName());
    }
  }

  @ParameterizedTest
  @MethodSource("recordCommands")
  void aBlankTextFieldIsRefused(Class<?> command) {
    RecordComponent[] components = command.getRecordComponents();
    for (int i = 3; i < components.length; i++) {
      Object[] args = valid(command);
      Object blank = blank(components[i].getGenericType());
      if (blank == null) {
        continue;
      }
      args[i] = blank;
      assertThrows(IllegalArgumentException.class, () -> construct(command, args),
          command.getSimpleName() + " with a blank " + components[i].getName());
    }
  }

  /** A blank of a text field, or of the text in a list or optional; null for other types. */
  private static Object blank(Type type) {
    if (type == String.class) {
      return " ";
    }
    if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class) {
      if (p.getRawType() == List.class) {
        return List.of(" ");
      }
      if (p.getRawType() == Optional.class) {
        return Optional.of(" ");
      }
    }
    return null;
  }

  private static Object[] valid(Class<?> command) {
    List<Object> args = new ArrayList<>();
    for (RecordComponent c : command.getRecordComponents()) {
      args.add(sample(c));
    }
    return args.toArray();
  }

  private static Object sample(RecordComponent c) {
    Class<?> type = c.getType();
    if (type == LocalDate.class) {
      return DAY;
    }
    if (type == Actor.class) {
      return LEAD;
    }
    if (type == String.class) {
      return c.getName() + "-1";
    }
    if (type == long.class) {
      return 1L;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == List.class && c.getGenericType() instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      if (element == String.class) {
        return List.of("evidence-1");
      }
      if (element == KeyRisk.class) {
        return List.of(KeyRisk.of("R1", "Staffing on the wards"));
      }
    }
    throw new IllegalStateException("no sample of " + c);
  }

  private static Object construct(Class<?> command, Object[] args) throws Exception {
    Class<?>[] types = Arrays.stream(command.getRecordComponents())
        .map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical = command.getDeclaredConstructor(types);
    try {
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
