/**
 * The one zod instance the project uses. Issue messages are problem keys
 * (see ../fields.ts), not sentences: the server renders them in the caller's
 * language next to the field's human name.
 */
import { z } from 'zod';

z.config({
  customError: (iss) => {
    switch (iss.code) {
      case 'invalid_type':
        return iss.input === undefined || iss.input === null ? 'required' : 'invalid';
      case 'too_small':
        return iss.origin === 'string' || iss.origin === 'array' ? 'too_short' : 'too_small';
      case 'too_big':
        return iss.origin === 'string' || iss.origin === 'array' ? 'too_long' : 'too_big';
      case 'invalid_value':
        return 'not_option';
      case 'unrecognized_keys':
        return 'unknown_field';
      default:
        return 'invalid';
    }
  },
});

export { z };
