import { App, type FormInstance } from 'antd';
import { errorMessage } from '../../../lib/api-client';
import { showFieldErrors } from '../../../lib/form-errors';

interface Mutation<Input> {
  mutate(input: Input, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }): void;
}

/**
 * The keepers' add forms (a member, a contact, an activity, a specialist) all end the same way: on success a
 * message and an empty form, on failure the server's problems under the fields they name, or one message.
 */
export function useAddForm<Values>(form: FormInstance<Values>) {
  const { message } = App.useApp();
  return <Input>(mutation: Mutation<Input>, input: Input, done: string, after?: () => void) =>
    mutation.mutate(input, {
      onSuccess: () => {
        void message.success(done);
        form.resetFields();
        after?.();
      },
      onError: (e) => {
        if (!showFieldErrors(form, e)) void message.error(errorMessage(e));
      },
    });
}
